/**
 * The AI layer (issue 16): generation behind one interface, offline by default, and the fact check of generated
 * text. A feature describes its work as a {@link com.qh.ai.GenerationTask} and asks the {@link com.qh.ai.Generator}
 * bean; the answer ({@link com.qh.ai.Generated}) says which engine wrote it and why. Details (the model client,
 * prompts, budget, resilience) live in {@code com.qh.ai.internal}; the fact check in {@code com.qh.ai.factcheck}.
 */
package com.qh.ai;
