package dev.homepage.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes of a kramdown attribute list such as {@code .lead #intro title="Hello"}.
 *
 * @param id the id, or null
 * @param classes the classes, in order
 * @param others the other attributes, in order
 */
record BlockAttributes(String id, List<String> classes, Map<String, String> others) {

    private static final Pattern ITEM = Pattern.compile(
            "#([^\\s.#]+)|\\.([^\\s.#]+)|([A-Za-z_:][-A-Za-z0-9_:.]*)=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    static BlockAttributes parse(String list) {
        String id = null;
        List<String> classes = new ArrayList<>();
        Map<String, String> others = new LinkedHashMap<>();
        Matcher matcher = ITEM.matcher(list);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                id = matcher.group(1);
            } else if (matcher.group(2) != null) {
                classes.add(matcher.group(2));
            } else {
                String value = matcher.group(4) != null ? matcher.group(4)
                        : matcher.group(5) != null ? matcher.group(5) : matcher.group(6);
                others.put(matcher.group(3), value);
            }
        }
        return new BlockAttributes(id, List.copyOf(classes), Collections.unmodifiableMap(others));
    }

    /** These attributes with {@code later}'s added: later ids and values win, classes accumulate. */
    BlockAttributes merge(BlockAttributes later) {
        List<String> allClasses = new ArrayList<>(classes);
        allClasses.addAll(later.classes);
        Map<String, String> allOthers = new LinkedHashMap<>(others);
        allOthers.putAll(later.others);
        return new BlockAttributes(later.id != null ? later.id : id, List.copyOf(allClasses),
                Collections.unmodifiableMap(allOthers));
    }
}
