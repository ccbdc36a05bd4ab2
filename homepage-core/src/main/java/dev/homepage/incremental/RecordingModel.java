package dev.homepage.incremental;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page's data model that notes each top-level variable the template reads, so that the page is rendered again
 * only when one of those changes: a talk's page does not read the list of all talks, the talks listing does.
 */
final class RecordingModel implements TemplateHashModel {

    private final Map<String, Object> model;
    private final ObjectWrapper wrapper;
    private final Set<String> read = new TreeSet<>();

    RecordingModel(Map<String, Object> model, ObjectWrapper wrapper) {
        this.model = model;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        read.add(key);
        Object value = model.get(key);
        return value == null ? null : wrapper.wrap(value);
    }

    @Override
    public boolean isEmpty() {
        return model.isEmpty();
    }

    /** The variables read so far, the absent ones included, in name order. */
    Set<String> read() {
        return read;
    }
}
