/** What the letter service does when an account goes ({@code user.deleted.v1}): the user's letters are erased. */
package com.qh.letter.account;
