/**
 * Learning skills from the market (issue 23): after every market import and hh.ru sync pass the skills miner reads
 * the market store's key skills and keeps what the taxonomy lacks as candidates for administrators to review; an
 * accepted or merged candidate becomes a taxonomy release (the shipped taxonomy plus every release's additions), put
 * to use by the extractor at once and announced as {@code skills.released.v1}.
 */
package com.qh.vacancy.learning;
