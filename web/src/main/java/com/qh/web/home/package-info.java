/** The front door: {@code /} leads a signed-in person to their vacancies and anyone else to sign-in. */
package com.qh.web.home;
