package com.qh.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application in this JVM with a class loader of its own classpath only. The loader's parent is the platform
 * class loader, so the application sees the JDK and nothing of the launcher (its logging, Qpid, other apps); or, in
 * {@link Isolation#SHARED}, the loader of the libraries the services share, which holds only libraries of their
 * classpaths. A {@code SpringApplication} is run reflectively on the application's own thread, with its loader as
 * the context class loader and as the loader of its resources (so that it reads its own {@code spring.factories},
 * not only the shared ones), and the context it returns is kept so that {@link #close()} can close it.
 */
final class ClassLoaderApp implements RunningApp {

    private static final Logger log = LoggerFactory.getLogger(ClassLoaderApp.class);

    private final AppDefinition definition;
    private final URLClassLoader loader;
    private final CompletableFuture<AutoCloseable> context = new CompletableFuture<>();

    private ClassLoaderApp(AppDefinition definition, URL[] classpath, ClassLoader parent) {
        this.definition = definition;
        this.loader = new URLClassLoader("qh-" + definition.name(), classpath, parent);
    }

    /** Starts the app on {@code classpath} alone (over the platform class loader). */
    static ClassLoaderApp start(AppDefinition definition, AppClasspath classpath, List<String> arguments) {
        return start(definition, classpath.urls(), ClassLoader.getPlatformClassLoader(), arguments);
    }

    /** Starts the app on the entries of its classpath {@code parent} does not hold. */
    static ClassLoaderApp start(AppDefinition definition, URL[] ownEntries, ClassLoader parent,
            List<String> arguments) {
        ClassLoaderApp app = new ClassLoaderApp(definition, ownEntries, parent);
        Thread main = new Thread(() -> app.run(arguments), definition.name() + "-main");
        main.setContextClassLoader(app.loader);
        main.start();
        return app;
    }

    private void run(List<String> arguments) {
        try {
            disableTomcatUrlHandlerFactory();
            Class<?> mainClass = Class.forName(definition.mainClass(), false, loader);
            Class<?> springApplication = Class.forName("org.springframework.boot.SpringApplication", true, loader);
            Class<?> resourceLoaderType = Class.forName("org.springframework.core.io.ResourceLoader", true, loader);
            Object resources = Class.forName("org.springframework.core.io.DefaultResourceLoader", true, loader)
                    .getConstructor(ClassLoader.class).newInstance(loader);
            Object application = springApplication.getConstructor(resourceLoaderType, Class[].class)
                    .newInstance(resources, new Class<?>[] {mainClass});
            Method run = springApplication.getMethod("run", String[].class);
            // A ConfigurableApplicationContext, which is Closeable: the launcher needs nothing else of it.
            Object started = run.invoke(application, (Object) arguments.toArray(String[]::new));
            context.complete((AutoCloseable) started);
        }
        catch (InvocationTargetException e) {
            context.completeExceptionally(e.getCause());
        }
        catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            context.completeExceptionally(e);
        }
    }

    /**
     * Each app's Tomcat would install its URL stream handler factory, which a JVM accepts only once: the second
     * app's Tomcat then fails to start ("factory already defined"). It serves {@code war:} URLs, which embedded
     * servers never use, so no app gets it.
     */
    private void disableTomcatUrlHandlerFactory() throws ReflectiveOperationException {
        try {
            Class.forName("org.apache.catalina.webresources.TomcatURLStreamHandlerFactory", true, loader)
                    .getMethod("disable").invoke(null);
        }
        catch (ClassNotFoundException e) {
            // Not a Tomcat app: nothing to disable.
        }
    }

    @Override
    public AppDefinition definition() {
        return definition;
    }

    @Override
    public void awaitStarted(Instant deadline) throws InterruptedException {
        try {
            context.get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException | TimeoutException e) {
            // The readiness probe that follows reports the failure (failure()) or the deadline.
        }
    }

    @Override
    public Optional<String> failure() {
        if (!context.isCompletedExceptionally()) {
            return Optional.empty();
        }
        Throwable cause = context.exceptionNow();
        return Optional.of(cause.getClass().getName() + ": " + cause.getMessage());
    }

    @Override
    public void close() {
        // An application still starting is waited for: closing a half-refreshed context from another thread
        // would race its refresh. Its loader is the context loader meanwhile, as on its own threads: shared
        // libraries tell apps apart by it (the app's name on its log lines).
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            AutoCloseable running = context.join();
            running.close();
        }
        catch (RuntimeException e) {
            // It never started; there is nothing to close.
        }
        catch (Exception e) {
            log.warn("{} did not close cleanly: {}", definition.name(), e.toString());
        }
        finally {
            thread.setContextClassLoader(previous);
        }
        try {
            loader.close();
        }
        catch (IOException e) {
            log.debug("Class loader of {} kept a jar open", definition.name(), e);
        }
    }
}
