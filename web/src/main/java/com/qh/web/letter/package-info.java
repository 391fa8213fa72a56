/**
 * Cover letters: one's letters, drafting one for a saved vacancy (tone and length), the editor with autosave and
 * If-Match, the fact check's warnings and the tone findings marked in the text, versions compared word by word and
 * restored, and downloads rendered through the documents API.
 */
package com.qh.web.letter;
