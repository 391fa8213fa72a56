/**
 * The career profile as data: one aggregate of records (personal data, experience, education, skills and the
 * other sections), every free text in Russian and English, with the validation rules each part must satisfy.
 * Other features of the service read and write it; nothing here knows about storage or HTTP.
 */
package com.qh.profile.model;
