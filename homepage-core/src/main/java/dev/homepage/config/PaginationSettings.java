package dev.homepage.config;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the site's lists are paginated, as Jekyll's two pagination plugins read the config: jekyll-paginate's
 * {@code paginate:} and {@code paginate_path:}, used when the plugin is listed in {@code plugins:} (or the older
 * {@code gems:}), and jekyll-paginate-v2's {@code pagination:} block, the defaults of a page's own.
 *
 * @param paginatesPosts whether jekyll-paginate paginates the posts: it is listed, and {@code paginate:} is set
 * @param perPage how many posts each of its pages shows: {@code paginate:}, else 10
 * @param path the permalink of its pages after the first: {@code paginate_path:}, else {@code /page:num/}
 * @param v2Defaults jekyll-paginate-v2's {@code pagination:} block when it is {@code enabled}; empty otherwise, and
 *     then no page is paginated that way
 */
public record PaginationSettings(boolean paginatesPosts, int perPage, String path,
        Optional<Map<String, Object>> v2Defaults) {

    private static final String V1_PLUGIN = "jekyll-paginate";
    private static final String PER_PAGE = "paginate";
    private static final String V2 = "pagination";

    static PaginationSettings read(ConfigValues config) {
        Object plugins = config.get("plugins") != null ? config.get("plugins") : config.get("gems");
        boolean listed = plugins instanceof Collection<?> list && list.stream().anyMatch(V1_PLUGIN::equals);
        Map<?, ?> v2 = config.block(V2);
        Optional<Map<String, Object>> v2Defaults = Optional.empty();
        if (config.flag(v2, "enabled", false)) {
            Map<String, Object> defaults = new LinkedHashMap<>();
            v2.forEach((key, value) -> defaults.put(String.valueOf(key), value));
            v2Defaults = Optional.of(Collections.unmodifiableMap(defaults));
        }
        return new PaginationSettings(listed && config.get(PER_PAGE) != null,
                config.count(PER_PAGE, 10),
                config.text("paginate_path").map(String::strip).orElse("/page:num/"), v2Defaults);
    }
}
