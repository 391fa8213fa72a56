package com.qh.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Logging for apps that share one copy of their libraries in one JVM (the launcher's default run, see
 * launcher/README.md): one logback context serves them all, so no app may configure it (each would reset it, and
 * every line would be written once per app under the last one's name). The launcher calls {@link #install} once
 * on the shared copy of this class; from then on every app's Spring Boot logging system is a no-op
 * ({@link Factory}, ahead of logback's), and each line names its app from the logging thread's context class
 * loader: the first loader named {@code qh-<app>} up from it (Tomcat's per-app loader and the threads an app starts
 * lead there). The lines look as they do in an app's own JVM: Boot's Logstash JSON with a {@code service}
 * member, or text with the app's name in brackets when {@code QH_LOG_FORMAT=text}.
 *
 * <p>Nothing changes where {@link #install} is never called: an app in a JVM of its own, a test.
 */
public final class SharedLogging {

    /** The name prefix of the launcher's class loader of each app ({@code qh-auth}). */
    static final String APP_LOADER_PREFIX = "qh-";

    /** The name (or, with {@code -1}, {@code -2}, ..., the prefix) of the launcher's shared loaders: no app's. */
    static final String SHARED_LOADER = "qh-shared";

    /** The loggers Spring Boot's default configuration quietens, quietened the same way. */
    private static final Map<String, Level> QUIET = Map.of(
            "org.apache.catalina.startup.DigesterFactory", Level.ERROR,
            "org.apache.catalina.util.LifecycleBase", Level.ERROR,
            "org.apache.coyote.http11.Http11NioProtocol", Level.WARN,
            "org.apache.sshd.common.util.SecurityUtils", Level.WARN,
            "org.apache.tomcat.util.net.NioSelectorPool", Level.WARN,
            "org.eclipse.jetty.util.component.AbstractLifeCycle", Level.ERROR,
            "org.hibernate.validator.internal.util.Version", Level.WARN,
            "org.springframework.boot.actuate.endpoint.jmx", Level.WARN);

    private static volatile boolean installed;

    private SharedLogging() {
    }

    /**
     * Configures the one logback context for every app that shares this copy: console, INFO, Boot's Logstash JSON
     * (or text when {@code json} is false), each line naming its app. Called once, before the first app starts.
     */
    public static synchronized void install(boolean json) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        // java.util.logging is the JVM's one: its records (Tomcat's) go to this context, levels kept in step.
        LevelChangePropagator levels = new LevelChangePropagator();
        levels.setContext(context);
        levels.setResetJUL(true);
        levels.start();
        context.addListener(levels);
        // As Boot does: only the JDK's default console handler gives way; whatever else is on JUL's root stays.
        java.util.logging.Logger julRoot = java.util.logging.LogManager.getLogManager().getLogger("");
        for (java.util.logging.Handler handler : julRoot.getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                julRoot.removeHandler(handler);
            }
        }
        SLF4JBridgeHandler.install();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setEncoder(json ? jsonEncoder(context) : textEncoder(context));
        console.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        installed = true;
    }

    static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("qh-shared-logging",
                Map.of("logging.structured.json.customizer", AppMember.class.getName())));
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("logstash");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("app", AppConverter::new);
        layout.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p --- [%app] [%15.15t] %-40.40logger{39} : %m%n");
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    /**
     * Undoes {@link #install} when the apps are gone: JUL's bridge into this copy removed (it would keep the shared
     * loader, and all it holds, reachable from the JVM's root logger) and the context stopped.
     */
    public static synchronized void uninstall() {
        if (!installed) {
            return;
        }
        installed = false;
        SLF4JBridgeHandler.uninstall();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }

    /** Whether {@link #install} ran on this copy of the class. */
    static boolean installed() {
        return installed;
    }

    /**
     * The app the current thread works for: the name of the first class loader named {@code qh-<app>} from the
     * thread's context class loader upwards, without the prefix; {@code -} when there is none (a JVM thread).
     */
    static String currentApp() {
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
                loader = loader.getParent()) {
            String name = loader.getName();
            if (name != null && name.startsWith(APP_LOADER_PREFIX) && !name.startsWith(SHARED_LOADER)) {
                return name.substring(APP_LOADER_PREFIX.length());
            }
        }
        return "-";
    }

    /** {@code %app} in the text pattern. */
    public static final class AppConverter extends ClassicConverter {

        @Override
        public String convert(ILoggingEvent event) {
            return currentApp();
        }
    }

    /** The {@code service} member of each JSON line, as {@code logging.structured.json.add.service} writes it. */
    public static final class AppMember implements StructuredLoggingJsonMembersCustomizer<ILoggingEvent> {

        @Override
        public void customize(JsonWriter.Members<ILoggingEvent> members) {
            members.add("service", event -> currentApp());
        }
    }

    /** Every app's logging system once {@link #install} ran: ahead of logback's, which would reset the context. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static final class Factory implements LoggingSystemFactory {

        @Override
        public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
            return installed ? new Installed() : null;
        }
    }

    /**
     * Leaves the context as {@link #install} made it; levels ({@code logging.level.*}) still apply, to every app
     * alike, since they share the loggers.
     */
    static final class Installed extends LoggingSystem {

        @Override
        public void beforeInitialize() {
        }

        @Override
        public void setLogLevel(String loggerName, LogLevel level) {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            Logger logger = context.getLogger(loggerName == null || loggerName.isEmpty()
                    || ROOT_LOGGER_NAME.equals(loggerName) ? org.slf4j.Logger.ROOT_LOGGER_NAME : loggerName);
            logger.setLevel(level == null ? null : switch (level) {
                case TRACE -> Level.TRACE;
                case DEBUG -> Level.DEBUG;
                case INFO -> Level.INFO;
                case WARN -> Level.WARN;
                case ERROR, FATAL -> Level.ERROR;
                case OFF -> Level.OFF;
            });
        }

        @Override
        public List<LoggerConfiguration> getLoggerConfigurations() {
            return List.of();
        }

        @Override
        public LoggerConfiguration getLoggerConfiguration(String loggerName) {
            return null;
        }
    }
}
