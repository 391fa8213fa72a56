package com.qh.analysis.match;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of role a job title or an experience requirement names, in Russian and English: "Опыт работы
 * аналитиком" and a job titled "Data Analyst" are the same role, and "3+ years as a product manager" is not met by
 * years as a developer. Roles are what skills are not: most titles name no skill of the taxonomy.
 */
enum Roles {
    QA("\\bqa\\b|\\bsdet\\b|тестировщ|тестирован|\\btester\\b|quality assurance|test (automation )?engineer|автотест"
            + "|software testing"),
    ANALYST("аналитик|analyst"),
    /** Read before {@link #SALES}, and takes its words: a shop assistant is not a B2B sales manager. */
    RETAIL("продав|кассир|cashier|retail|sales (associate|assistant|clerk)|консультант торгового зала"),
    /** Read before {@link #NURSE}, and takes its words: a nursing assistant is not a registered nurse. */
    NURSING_ASSISTANT("nursing assistant|\\bcna\\b|\\bstna\\b|младш\\p{L}* медицинск\\p{L}* (сестр|брат)|санитар"
            + "|помощник медсестры|patient care technician"),
    ACCOUNTANT("бухгалтер|accountant|bookkeep|accounting|accounts (payable|receivable)"),
    SALES("продаж|\\bsales\\b|account (manager|executive)|business development|менеджер по работе с клиент"),
    PRODUCT_MANAGER("product (manager|owner|management|lead)|продакт|менеджер (по )?продукт|руководитель продукт"
            + "|\\bapm\\b"),
    PROJECT_MANAGER("project manager|руководитель проект|менеджер проект|delivery manager|scrum master"),
    NURSE("\\bnurse|nursing|\\brn\\b|медсестр|медбрат|медицинская сестра|медицинский брат|сестринск"),
    FRONTEND("front[- ]?end|фронт[- ]?[еэ]нд"),
    BACKEND("back[- ]?end|б[эе]к[- ]?[еэ]нд"),
    TEACHER("учител|преподава|teacher|tutor|репетитор|педагог"),
    DESIGNER("дизайнер|designer"),
    RECRUITER("рекрут|recruit|\\bhr\\b|кадров"),
    /** Any software developer; read only when the text names no more specific role. */
    DEVELOPER("разработ|develop|программист|programmer|software engineer|\\bengineer\\b|инженер-программист|кодер");

    private final Pattern pattern;

    Roles(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The roles a text names. A developer who is also QA is QA: "QA Automation Engineer" is not a developer. */
    static Set<Roles> in(String text) {
        Set<Roles> roles = EnumSet.noneOf(Roles.class);
        if (text == null) {
            return roles;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (Roles role : values()) {
            if (role == DEVELOPER && roles.stream().anyMatch(r -> r != FRONTEND && r != BACKEND)) {
                continue;
            }
            java.util.regex.Matcher matcher = role.pattern.matcher(lower);
            if (matcher.find()) {
                roles.add(role);
                if (role == RETAIL || role == NURSING_ASSISTANT) {
                    lower = matcher.replaceAll(" ");
                }
            }
        }
        return roles;
    }

    /**
     * How far a job's roles meet the roles asked: 1 when it has all of them, 0.5 for an adjacent role (a project
     * manager for a product manager) or part of them that is more than "developer", otherwise 0.
     */
    static double fit(Set<Roles> asked, Set<Roles> job) {
        if (asked.isEmpty()) {
            return 0;
        }
        if (job.containsAll(asked)) {
            return 1;
        }
        boolean adjacent = asked.contains(PRODUCT_MANAGER) && job.contains(PROJECT_MANAGER)
                || asked.contains(PROJECT_MANAGER) && job.contains(PRODUCT_MANAGER);
        boolean sharesSpecific = asked.stream().anyMatch(role -> role != DEVELOPER && job.contains(role));
        return adjacent || sharesSpecific ? 0.5 : 0;
    }
}
