/**
 * The offline letter engine: a cover letter written from phrase templates ({@code letter/phrases/}) and the
 * profile's own facts, each body paragraph answering one of the vacancy's top requirements with an achievement the
 * profile states ({@link com.qh.letter.drafting.LetterEngine}). Plain Java: no Spring, no model.
 */
package com.qh.letter.drafting;
