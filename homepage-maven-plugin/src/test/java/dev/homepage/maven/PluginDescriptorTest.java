package dev.homepage.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The descriptor maven-plugin-plugin generates, which {@code homepage:help} prints. */
class PluginDescriptorTest {

    private static Document descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the generated plugin.xml").isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String child(Element element, String name) {
        NodeList children = element.getElementsByTagName(name);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
    }

    @Test
    void everyGoalAndEveryParameterIsDescribed() throws Exception {
        Document plugin = descriptor();
        assertThat(child(plugin.getDocumentElement(), "goalPrefix")).isEqualTo("homepage");
        assertThat(child(plugin.getDocumentElement(), "requiredMavenVersion")).isEqualTo("3.6.3");

        NodeList mojos = plugin.getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal");
            goals.add(goal);
            if (child(mojo, "description").isEmpty()) {
                undocumented.add(goal);
            }
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                boolean userFacing = "true".equals(child(parameter, "editable"));
                if (userFacing && child(parameter, "description").isEmpty()) {
                    undocumented.add(goal + ":" + child(parameter, "name"));
                }
            }
        }
        assertThat(goals).containsExactlyInAnyOrder("generate", "serve", "check", "help", "citations", "import");
        assertThat(undocumented).isEmpty();
    }
}
