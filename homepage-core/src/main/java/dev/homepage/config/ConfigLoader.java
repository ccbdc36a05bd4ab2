package dev.homepage.config;

import dev.homepage.Problem;
import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import dev.homepage.SourceError;
import dev.homepage.SourceFolder;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Reads {@code _config.yml} (Jekyll's name) or {@code homepage.yml} into a {@link SiteConfig}. */
public final class ConfigLoader {

    static final List<String> CONFIG_FILES = List.of("_config.yml", "homepage.yml");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*");

    /** Files of a Jekyll repository that are tooling, not site content. */
    private static final List<String> ALWAYS_EXCLUDED = List.of("Gemfile", "Gemfile.lock", "node_modules",
            "vendor", SourceNames.TEMPLATES_FOLDER, "pom.xml", "target", "package.json", "package-lock.json", "README.md",
            "LICENSE", "CHANGELOG.md", "Rakefile", "Dockerfile", "docker-compose.yaml", "docker-compose.yml");

    /** Reads the config, for a reader that needs it but leaves its warnings to the build that reports them. */
    public SiteConfig load(Path sourceDirectory, Optional<String> baseUrlOverride) throws SiteBuildException {
        return load(sourceDirectory, baseUrlOverride, new Problems());
    }

    /**
     * Reads the config.
     *
     * @param problems where warnings go: a config file that cannot be read as the site's (a link out of the source
     *     folder) is left out
     */
    public SiteConfig load(Path sourceDirectory, Optional<String> baseUrlOverride, Problems problems)
            throws SiteBuildException {
        Optional<Path> name;
        try {
            name = configFile(sourceDirectory, problems);
        } catch (IOException e) {
            throw new SiteBuildException(List.of(new Problem(Path.of(CONFIG_FILES.get(0)),
                    "cannot read the configuration: " + e.getMessage())));
        }
        Path configFile = name.orElse(Path.of(CONFIG_FILES.get(0)));
        String written = read(sourceDirectory, name);
        Map<String, Object> raw = new LinkedHashMap<>(parse(configFile, written));
        leaveOutWrongTypes(raw, configFile, written, problems);
        baseUrlOverride.ifPresent(override -> applyBaseUrl(raw, override));
        String url = stripTrailingSlash(text(raw, "url"));
        String baseurl = normalizeBaseurl(text(raw, "baseurl"));
        raw.put("url", url);
        raw.put("baseurl", baseurl);
        ZoneId zone = timeZone(raw, configFile);
        ConfigValues values = new ConfigValues(raw, configFile, written, problems);
        return new SiteConfig(
                raw,
                text(raw, "title"),
                text(raw, "description"),
                url,
                baseurl,
                language(raw),
                zone,
                CollectionConfig.read(values),
                concat(ALWAYS_EXCLUDED, ConfigValues.strings(raw.get("exclude"))),
                ConfigValues.strings(raw.get("include")),
                defaults(raw.get("defaults")),
                time(raw, zone),
                Boolean.TRUE.equals(raw.get("future")) || "true".equals(String.valueOf(raw.get("future"))),
                Author.read(values),
                PublicationSettings.read(values),
                NewsSettings.read(values),
                twitter(raw),
                wordsPerMinute(raw),
                ImageSettings.read(values),
                PaginationSettings.read(values),
                SearchSettings.read(values),
                StyleSettings.read(values),
                ThemeSettings.read(values),
                sassFolder(values),
                CvSettings.read(values),
                raw.get("permalink") == null ? "date" : String.valueOf(raw.get("permalink")));
    }

    /** The site's config file, relative to the source folder; empty when the site has none. */
    public static Optional<Path> configFile(Path sourceDirectory) throws IOException {
        return configFile(sourceDirectory, new Problems());
    }

    private static Optional<Path> configFile(Path sourceDirectory, Problems problems) throws IOException {
        SourceFolder sources = new SourceFolder(sourceDirectory);
        for (String name : CONFIG_FILES) {
            if (sources.file(Path.of(name), problems).isPresent()) {
                return Optional.of(Path.of(name));
            }
        }
        return Optional.empty();
    }

    /** The config file's text; "" when the site has none. */
    private static String read(Path sourceDirectory, Optional<Path> name) throws SiteBuildException {
        try {
            return name.isEmpty() ? "" : Files.readString(sourceDirectory.resolve(name.get()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteBuildException(List.of(new Problem(name.get(),
                    "cannot read the configuration: " + e.getMessage())));
        }
    }

    private static Map<String, Object> parse(Path configFile, String text) throws SiteBuildException {
        try {
            return text.isEmpty() ? Map.of() : SafeYaml.loadMap(text);
        } catch (SourceError e) {
            throw new SiteBuildException(List.of(new Problem(configFile, e.line(),
                    "the configuration is not valid YAML: " + e.getMessage())));
        }
    }

    /**
     * The settings read here, checked for their type: one of the wrong type gets a warning at its line and is
     * left out, as if not set, rather than shown as {@code [a, b]} or made into a broken address.
     */
    private static void leaveOutWrongTypes(Map<String, Object> raw, Path configFile, String text,
            Problems problems) {
        BiConsumer<String, String> leaveOut = (key, why) -> {
            problems.warn(configFile, SafeYaml.lineOfKey(text, key), "'" + key + "' should be " + why);
            raw.remove(key);
        };
        for (String key : List.of("title", "description")) {
            if (raw.get(key) != null && !YamlValues.isScalar(raw.get(key))) {
                leaveOut.accept(key, "one line of text, not " + YamlValues.describe(raw.get(key)) + ": it is left"
                        + " out; write it on one line");
            }
        }
        for (String key : List.of("lang", "locale")) {
            Object lang = raw.get(key);
            if (lang != null && !(YamlValues.isScalar(lang) && LANGUAGE_TAG.matcher(String.valueOf(lang)).matches())) {
                leaveOut.accept(key, "one language tag such as en or pt-BR, not " + YamlValues.describe(lang)
                        + ": it is left out, and the pages say they are in English (en)");
            }
        }
        Object url = raw.get("url");
        if (url != null && !String.valueOf(url).isBlank() && !isSiteAddress(String.valueOf(url))) {
            leaveOut.accept("url", "the address the site is published at, such as https://ada.example.org, not "
                    + YamlValues.describe(url) + ": it is left out, so the feed, the sitemap and link previews have"
                    + " no full addresses");
        }
        Object baseurl = raw.get("baseurl");
        if (baseurl != null && (!YamlValues.isScalar(baseurl) || String.valueOf(baseurl).contains("://"))) {
            leaveOut.accept("baseurl", "the path the site is served under, such as /lab, not "
                    + YamlValues.describe(baseurl) + ": it is left out; the site's address goes in url");
        }
        String homeLimit = NewsSettings.HOME_LIMIT;
        if (raw.get(SourceNames.NEWS) instanceof Map<?, ?> news && news.get(homeLimit) != null
                && YamlValues.count(news.get(homeLimit)).isEmpty()) {
            problems.warn(configFile, SafeYaml.lineOfKey(text, homeLimit), "'" + homeLimit + "' should be a whole"
                    + " number of 0 or more, not " + YamlValues.describe(news.get(homeLimit)) + ": it is left out, and"
                    + " the home page shows the newest 5 news");
            Map<Object, Object> kept = new LinkedHashMap<>(news);
            kept.remove(homeLimit);
            raw.put(SourceNames.NEWS, kept);
        }
    }

    /** Whether the text is a full web address with a host, as the config's url must be. */
    private static boolean isSiteAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void applyBaseUrl(Map<String, Object> raw, String override) {
        if (override.startsWith("http://") || override.startsWith("https://")) {
            try {
                URI uri = new URI(override);
                raw.put("url", uri.getScheme() + "://" + uri.getRawAuthority());
                raw.put("baseurl", uri.getRawPath() == null ? "" : uri.getRawPath());
            } catch (URISyntaxException e) {
                raw.put("url", override);
            }
        } else {
            raw.put("baseurl", override);
        }
    }

    private static String normalizeBaseurl(String baseurl) {
        String path = stripTrailingSlash(baseurl.strip());
        return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    }

    private static String stripTrailingSlash(String text) {
        String result = text.strip();
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static String language(Map<String, Object> raw) {
        String lang = text(raw, "lang");
        if (lang.isEmpty()) {
            lang = text(raw, "locale");
        }
        return lang.isEmpty() ? "en" : lang.replace('_', '-');
    }

    /** The config's {@code time:}, as Jekyll reads it for {@code site.time}; else now. */
    private static ZonedDateTime time(Map<String, Object> raw, ZoneId zone) {
        Object time = raw.get("time");
        return time == null ? ZonedDateTime.now(zone)
                : Dates.parse(String.valueOf(time), zone).orElseGet(() -> ZonedDateTime.now(zone));
    }

    private static ZoneId timeZone(Map<String, Object> raw, Path configFile) throws SiteBuildException {
        String zone = text(raw, "timezone");
        if (zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new SiteBuildException(List.of(new Problem(configFile,
                    "unknown timezone '" + zone + "': use a name such as Europe/Paris or America/New_York")));
        }
    }

    /** The folder Sass files import from: the config's {@code sass.sass_dir}, else {@code _sass}. */
    private static String sassFolder(ConfigValues values) {
        return values.text(values.block("sass"), "sass_dir").orElse(SourceNames.SASS_FOLDER);
    }

    /** The config's {@code words_per_minute}, a count above 0, else the common 200. */
    private static int wordsPerMinute(Map<String, Object> raw) {
        OptionalInt configured = YamlValues.count(raw.get("words_per_minute"));
        return configured.isPresent() && configured.getAsInt() > 0 ? configured.getAsInt() : 200;
    }

    /** academicpages writes {@code twitter: {username: x}}; the author block, {@code author.twitter: x}. */
    private static String twitter(Map<String, Object> raw) {
        if (raw.get("twitter") instanceof Map<?, ?> twitter && twitter.get("username") != null) {
            return String.valueOf(twitter.get("username"));
        }
        if (raw.get("author") instanceof Map<?, ?> author && author.get("twitter") != null) {
            return String.valueOf(author.get("twitter"));
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private static List<FrontMatterDefault> defaults(Object defaults) {
        List<FrontMatterDefault> result = new ArrayList<>();
        if (defaults instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get("values") instanceof Map<?, ?> values) {
                    Map<?, ?> scope = map.get("scope") instanceof Map<?, ?> s ? s : Map.of();
                    String path = scope.get("path") == null ? "" : stripTrailingSlash(String.valueOf(scope.get("path")));
                    String type = scope.get("type") == null ? "" : String.valueOf(scope.get("type"));
                    result.add(new FrontMatterDefault(path.startsWith("/") ? path.substring(1) : path, type,
                            Collections.unmodifiableMap(new LinkedHashMap<>((Map<String, Object>) values))));
                }
            }
        }
        return List.copyOf(result);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> result = new ArrayList<>(first);
        second.stream().filter(item -> !result.contains(item)).forEach(result::add);
        return List.copyOf(result);
    }

    static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value);
    }
}
