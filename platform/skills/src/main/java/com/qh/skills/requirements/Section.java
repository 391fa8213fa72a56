package com.qh.skills.requirements;

import java.util.Locale;
import java.util.regex.Pattern;

/** The part of a vacancy a line belongs to, told by the heading above it. */
enum Section {
    /** Before any heading, or under one that says nothing about requirements. */
    OTHER,
    RESPONSIBILITIES,
    REQUIREMENTS,
    NICE_TO_HAVE,
    /** What the employer offers: skills and languages named here ("English courses") are not asked for. */
    OFFER,
    /**
     * Under a heading that names none of the parts above ("Технологии:", "Классно, если вы:", "Про проект:"): read
     * like a text without headings, since such a heading after the introduction as often lists what the job needs
     * as it describes the work.
     */
    GENERAL;

    private static final Pattern NICE = Pattern.compile(
            "плюс|преимуществ|желательн|приветству|nice[ -]to[ -]have|bonus point|\\bbonus\\b|\\bplus\\b|preferred"
                    + "|would be great|desirable|good to have|extra points|it's great if|we'd love");
    private static final Pattern OFFER_HEADING = Pattern.compile(
            "услови|предлагаем|мы даем|мы даём|что мы даем|что мы даём|компенсац|бонусы|льгот|плюшк|преимущества работы"
                    + "|we offer|what we offer|benefits|perks|why (join|us|you'll love)|compensation|what you get"
                    + "|what.s in it|bonuses|наши преимущества|в свою очередь|со своей стороны|почему мы|why work");
    private static final Pattern RESPONSIBILITY_HEADING = Pattern.compile(
            "обязанност|задачи|зона ответственност|круг ответственност|чем (предстоит|ты будешь|вы будете|нужно) заниматься|что (нужно|предстоит) делать"
                    + "|функционал|предстоит|чем заниматься|responsibilit|what you('ll| will) do|your role|the role"
                    + "|your (tasks|mission|day)|day[- ]to[- ]day|duties|what you'll be doing|key tasks|in this role"
                    + "|what you('ll| will) (work on|own|build)|^the job$|^job$|^the work$");
    private static final Pattern REQUIREMENT_HEADING = Pattern.compile(
            "требовани|ожидаем|ожидания|ждем|ждём|что (нужно|важно|необходимо)|нам важно|от (вас|тебя)|необходим"
                    + "|мы ищем|ищем|навыки|кого мы ищем|ты нам подходишь|вы нам подходите|подойдет|подойдёт"

                    + "|requirement|qualification|what you('ll)? need|what we('re| are) looking for|must[- ]have"
                    + "|you have|who you are|about you|skills|you'll need|you bring|we expect|you should|ideal candidate"
                    + "|what we need|you are|you will need|key skills|your profile|your background|your experience");

    /**
     * Headings that open what a candidate needs only when they end with a colon: «Профессионально значимые
     * качества:», «Классно, если вы:», «Технологии:»; without one, «Базовые знания Linux» is a requirement itself.
     */
    private static final Pattern LISTED_REQUIREMENTS = Pattern.compile(
            "качества|компетенци|знания|если (вы|ты)|технологи|стек|инструменты|hard skills|soft skills|tech stack"
                    + "|our stack|наш стек");

    /** The public name of this section; the offer is never handed out, so it has none. */
    VacancyPart part() {
        return switch (this) {
            case OTHER, OFFER, GENERAL -> VacancyPart.OTHER;
            case RESPONSIBILITIES -> VacancyPart.RESPONSIBILITIES;
            case REQUIREMENTS -> VacancyPart.REQUIREMENTS;
            case NICE_TO_HAVE -> VacancyPart.NICE_TO_HAVE;
        };
    }

    /** The section a heading opens, or {@code null} when the line is not a heading. */
    static Section ofHeading(String line) {
        String text = line.strip().replaceAll("^[#*_\\s]+|[*_\\s]+$", "");
        boolean colon = text.endsWith(":");
        if (colon) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty() || text.length() > 60 || (!colon && text.matches(".*[.;,!]$")) || text.contains(": ")) {
            return null;
        }
        if (!colon && text.split("\\s+").length > 7) {
            return null;
        }
        Section section = classify(text.toLowerCase(Locale.ROOT));
        if (section == null && colon) {
            return LISTED_REQUIREMENTS.matcher(text.toLowerCase(Locale.ROOT)).find() ? REQUIREMENTS : GENERAL;
        }
        return section;
    }

    /** The section named at the start of a line such as {@code Будет плюсом: Kafka}, with its text after it. */
    static Section ofLead(String lead) {
        return lead.length() <= 40 ? classify(lead.toLowerCase(Locale.ROOT)) : null;
    }

    private static Section classify(String heading) {
        if (OFFER_HEADING.matcher(heading).find() && !heading.contains("bonus point")) {
            return OFFER;
        }
        if (NICE.matcher(heading).find()) {
            return NICE_TO_HAVE;
        }
        if (RESPONSIBILITY_HEADING.matcher(heading).find()) {
            return RESPONSIBILITIES;
        }
        if (REQUIREMENT_HEADING.matcher(heading).find()) {
            return REQUIREMENTS;
        }
        if (heading.matches("(о (нас|компании|проекте|команде)|про (нас|компанию|проект|команду)|о проекте и команде"
                + "|about( us| the (company|team|project))?|who we are"
                + "|кто мы|мы|компания|проект|команда|описание|description|job description|overview|summary)")) {
            return OTHER;
        }
        return null;
    }
}
