package dev.homepage.scholarly;

/** A web source did not give an answer: what happened, in words for the author. */
public final class SourceFailure extends Exception {

    /** Why a source gave no answer. */
    public enum Kind {
        /** It could not be reached at all: offline, a wrong address, a timeout. */
        UNREACHABLE,
        /** It answered that it does not know what was asked for (HTTP 404). */
        NOT_FOUND,
        /** It refused: a missing or wrong API key, or too many requests even after waiting (401, 403, 429). */
        REFUSED,
        /** It failed: a server error, or an answer that is not what its API promises. */
        DOWN
    }

    private final Kind kind;

    public SourceFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
