package com.qh.web.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/** Keeps a chosen or remembered locale to the two the app speaks, whatever a link or an old cookie says. */
final class SupportedOnly implements LocaleResolver {

    private final LocaleResolver delegate;

    SupportedOnly(LocaleResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return WebConfiguration.supported(delegate.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        delegate.setLocale(request, response, locale == null ? null : WebConfiguration.supported(locale));
    }
}
