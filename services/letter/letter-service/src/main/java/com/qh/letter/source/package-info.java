/**
 * What a letter is written from: the user's profile and saved vacancy, read from the profile and vacancy services
 * over gRPC with this service's token and a deadline ({@link com.qh.letter.source.Sources}), and the profile turned
 * into the facts the engine may use ({@link com.qh.letter.source.ProfileFacts}) and into a JSON Resume for the fact
 * check.
 */
package com.qh.letter.source;
