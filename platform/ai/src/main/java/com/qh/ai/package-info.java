/**
 * The AI layer (issue 16): generation behind one interface, offline by default, and the fact check of generated text.
 */
package com.qh.ai;
