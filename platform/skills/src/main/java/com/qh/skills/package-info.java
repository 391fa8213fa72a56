/** The skills taxonomy and the matcher that finds its skills in Russian and English text. */
package com.qh.skills;
