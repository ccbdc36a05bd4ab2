package dev.homepage;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped because the input has problems; all of them are listed, not only the first. */
public class SiteBuildException extends Exception {

    private final List<Problem> problems;

    public SiteBuildException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String header = problems.size() == 1 ? "The homepage has a problem:" : "The homepage has " + problems.size() + " problems:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator(), header + System.lineSeparator(), ""));
    }
}
