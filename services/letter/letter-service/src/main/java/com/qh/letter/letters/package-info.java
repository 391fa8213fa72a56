/**
 * The letters a user keeps: drafting one for a saved vacancy (offline engine or model, always fact-checked),
 * editing it as versions with {@code If-Match}, the word diff between versions, restoring one, and rendering the
 * current version into the document service ({@code letter.generated.v1} through the outbox). {@link
 * com.qh.letter.letters.Letters} is its public face (the account feature erases a user's letters through it).
 */
package com.qh.letter.letters;
