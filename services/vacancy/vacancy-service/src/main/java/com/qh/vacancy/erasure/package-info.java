/** Erases a deleted account's vacancies ({@code user.deleted.v1}). */
package com.qh.vacancy.erasure;
