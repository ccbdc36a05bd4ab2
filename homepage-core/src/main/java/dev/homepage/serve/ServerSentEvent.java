package dev.homepage.serve;

import java.nio.charset.StandardCharsets;

/**
 * One event of a {@code text/event-stream}.
 *
 * @param name the event type the browser dispatches
 * @param data the payload; each of its lines becomes a {@code data:} line, which the browser joins with "\n".
 *     It must not be empty: browsers drop events without data
 */
record ServerSentEvent(String name, String data) {

    byte[] encode() {
        StringBuilder event = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            event.append("data: ").append(line).append('\n');
        }
        return event.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
