package dev.homepage.scholarly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One web API, asked politely: no faster than its rate limit, waiting and asking again when it says it is busy
 * (HTTP 429 or 503, after its {@code Retry-After} or twice as long each time), and each failure said in words.
 */
public final class WebApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOO_MANY_REQUESTS = 429;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final String name;
    private final HttpClient client;
    private final Map<String, String> headers;
    private final Politeness politeness;
    private long lastRequest;

    /**
     * How a client treats an API.
     *
     * @param interval the least time between two requests: the API's rate limit
     * @param firstWait how long to wait after the first "busy" answer; each next wait is twice as long
     * @param retries how many times to ask again after "busy" answers
     * @param timeout how long to wait for one answer
     */
    public record Politeness(Duration interval, Duration firstWait, int retries, Duration timeout) {

        /** For the public scholarly APIs: the given interval, then 2, 4 and 8 s after busy answers. */
        public static Politeness of(Duration interval) {
            return new Politeness(interval, Duration.ofSeconds(2), 3, Duration.ofSeconds(30));
        }
    }

    /**
     * @param name how messages name the API ("OpenAlex")
     * @param headers sent with every request: the User-Agent with a contact address, an API key
     */
    public WebApi(String name, HttpClient client, Map<String, String> headers, Politeness politeness) {
        this.name = name;
        this.client = client;
        this.headers = Map.copyOf(headers);
        this.politeness = politeness;
    }

    public String name() {
        return name;
    }

    /** The JSON answer to a GET. */
    public JsonNode getJson(URI uri) throws SourceFailure {
        return json(send(request(uri).header("Accept", "application/json").GET().build()));
    }

    /** The JSON answer to a POST of JSON. */
    public JsonNode postJson(URI uri, Object body) throws SourceFailure {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + body, e);
        }
        return json(send(request(uri).header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build()));
    }

    /** The text answer to a GET, asking for the given type ("application/x-bibtex"). */
    public String getText(URI uri, String accept) throws SourceFailure {
        return send(request(uri).header("Accept", accept).GET().build());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(politeness.timeout());
        headers.forEach(request::header);
        return request;
    }

    private String send(HttpRequest request) throws SourceFailure {
        Duration wait = politeness.firstWait();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = exchange(request);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response.body();
            }
            boolean busy = status == TOO_MANY_REQUESTS || status == 503;
            if (busy && attempt < politeness.retries()) {
                pause(retryAfter(response).orElse(wait));
                wait = wait.multipliedBy(2);
                continue;
            }
            throw failure(status);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws SourceFailure {
        keepToRateLimit();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SourceFailure(SourceFailure.Kind.UNREACHABLE, name + " did not answer within "
                    + politeness.timeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new SourceFailure(SourceFailure.Kind.UNREACHABLE, name + " cannot be reached ("
                    + request.uri().getHost() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure(SourceFailure.Kind.UNREACHABLE, "interrupted while asking " + name);
        }
    }

    private SourceFailure failure(int status) {
        return switch (status) {
            case 404 -> new SourceFailure(SourceFailure.Kind.NOT_FOUND, name + " knows no such record (HTTP 404)");
            case 401, 403 -> new SourceFailure(SourceFailure.Kind.REFUSED, name + " refused the request (HTTP "
                    + status + "): check the API key");
            case TOO_MANY_REQUESTS -> new SourceFailure(SourceFailure.Kind.REFUSED, name + " is still refusing"
                    + " after " + politeness.retries() + " waits (HTTP 429, too many requests): try again later, or"
                    + " with an API key");
            default -> new SourceFailure(SourceFailure.Kind.DOWN, name + " failed (HTTP " + status + ")");
        };
    }

    private JsonNode json(String text) throws SourceFailure {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SourceFailure(SourceFailure.Kind.DOWN, name + " answered with something that is not JSON");
        }
    }

    /** The wait a busy API asks for, in seconds, within reason. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(value -> value.strip().matches("\\d{1,5}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
                .map(wait -> wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    private synchronized void keepToRateLimit() throws SourceFailure {
        long now = System.nanoTime();
        long due = lastRequest + politeness.interval().toNanos();
        if (lastRequest != 0 && now < due) {
            pause(Duration.ofNanos(due - now));
        }
        lastRequest = System.nanoTime();
    }

    private void pause(Duration duration) throws SourceFailure {
        try {
            Thread.sleep(duration.toMillis(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure(SourceFailure.Kind.UNREACHABLE, "interrupted while waiting for " + name);
        }
    }
}
