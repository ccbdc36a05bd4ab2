package dev.homepage.serve;

/**
 * Where a serve session reports what it does: each build's outcome, its problems, and warnings about the setup.
 * Callers adapt it to their own console (the Maven plugin to Maven's log).
 */
public interface ServeLog {

    void info(String message);

    void warn(String message);

    void error(String message);
}
