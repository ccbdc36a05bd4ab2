package dev.homepage.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Adds the live reload script to an HTML response, before its {@code </body>} (or at the end when it has none).
 * It works on bytes, so a page in any ASCII-compatible encoding passes through unchanged apart from the script.
 */
final class ReloadScript {

    private static final String RESOURCE = "live-reload.js";
    private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

    private final String script;

    ReloadScript() {
        try (InputStream in = ReloadScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the live reload script " + RESOURCE + " is missing from the jar");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param html the page as written to the output folder
     * @param buildId the build the page comes from
     */
    byte[] inject(byte[] html, String buildId) {
        byte[] tag = ("<script data-homepage-build=\"" + buildId + "\">\n" + script + "</script>\n")
                .getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(html);
        ByteArrayOutputStream page = new ByteArrayOutputStream(html.length + tag.length);
        page.write(html, 0, at);
        page.writeBytes(tag);
        page.write(html, at, html.length - at);
        return page.toByteArray();
    }

    private static int lastBodyEnd(byte[] html) {
        for (int at = html.length - BODY_END.length; at >= 0; at--) {
            if (startsWithIgnoringCase(html, at)) {
                return at;
            }
        }
        return html.length;
    }

    private static boolean startsWithIgnoringCase(byte[] html, int at) {
        for (int i = 0; i < BODY_END.length; i++) {
            if (Character.toLowerCase(html[at + i]) != BODY_END[i]) {
                return false;
            }
        }
        return true;
    }
}
