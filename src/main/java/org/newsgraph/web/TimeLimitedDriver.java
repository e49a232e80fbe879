package org.newsgraph.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

/**
 * A view of the driver whose read transactions stop after a time limit, enforced by the server (it ends the
 * transaction, so a runaway query stops using the database, not just the HTTP request).
 *
 * <p>{@link org.newsgraph.query.GraphQueries} and {@link org.newsgraph.query.FactsExport} open their sessions
 * themselves and call {@code executeRead(callback)} without a {@link TransactionConfig}; this passes one in. It can
 * go once those classes take a time limit of their own.
 */
final class TimeLimitedDriver {

    private TimeLimitedDriver() {
    }

    static Driver wrap(Driver driver, Duration timeout) {
        TransactionConfig limit = TransactionConfig.builder().withTimeout(timeout).build();
        return proxy(Driver.class, driver, (method, args) -> {
            Object result = invoke(driver, method, args);
            return result instanceof Session session ? limited(session, limit) : result;
        });
    }

    private static Session limited(Session session, TransactionConfig limit) {
        return proxy(Session.class, session, (method, args) -> {
            if (method.getName().equals("executeRead") && args.length == 1) {
                return session.executeRead((TransactionCallback<?>) args[0], limit);
            }
            return invoke(session, method, args);
        });
    }

    private interface Call {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            return call.handle(method, args == null ? new Object[0] : args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Calls through, throwing what the driver threw rather than a reflection wrapper. */
    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
