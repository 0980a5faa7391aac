package org.komar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.komar.shared.Labelled;
import org.komar.timeline.AttributeSpec;
import org.komar.timeline.Choice;
import org.komar.timeline.EventType;

/**
 * Khmer and English everywhere a person reads: both languages hold the same keys, every key a template or the code
 * asks for exists, every error code and audit action has its message, and no template carries literal text.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void every_bundle_has_the_same_keys_in_khmer_and_english() throws IOException {
        for (String basename : MessagesConfiguration.basenames()) {
            Properties english = load(basename + ".properties");
            Properties khmer = load(basename + "_km.properties");
            assertThat(khmer.stringPropertyNames()).as("keys of %s_km", basename)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : khmer.stringPropertyNames()) {
                assertThat(khmer.getProperty(key)).as("%s in Khmer", key).isNotBlank();
            }
        }
    }

    @Test
    void every_key_named_in_a_template_exists() throws IOException {
        Set<String> keys = allKeys();
        Pattern literalKey = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
        for (Path template : templates()) {
            Matcher matcher = literalKey.matcher(Files.readString(template));
            while (matcher.find()) {
                assertThat(keys).as("key %s used in %s", matcher.group(1), template).contains(matcher.group(1));
            }
        }
    }

    @Test
    void every_value_of_every_closed_list_has_a_label() throws Exception {
        Set<String> keys = allKeys();
        List<String> expected = new ArrayList<>();
        for (EventType type : EventType.values()) {
            expected.add("event.type." + type);
            expected.add("event.help." + type);
            for (AttributeSpec spec : type.attributes()) {
                expected.add("event.attr." + spec.name());
            }
        }
        for (Choice choice : Choice.values()) {
            choice.options().forEach(option -> expected.add("choice." + choice + "." + option));
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Labelled.class));
        List<Class<?>> labelled = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.komar")) {
            labelled.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(labelled).as("enums marked @Labelled").hasSizeGreaterThan(5);
        for (Class<?> type : labelled) {
            String prefix = type.getAnnotation(Labelled.class).value();
            for (Object constant : type.getEnumConstants()) {
                expected.add(prefix + ((Enum<?>) constant).name());
            }
        }
        assertThat(keys).containsAll(expected);
    }

    @Test
    void every_error_code_and_audit_action_in_the_code_has_a_message() throws IOException {
        Set<String> keys = allKeys();
        Set<String> errors = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        Pattern error = Pattern.compile("(?:invalid|notFound|conflict|forbidden|KomarException\\(\\d+,)\\s*\\(?\\s*\"([A-Z][A-Z_]+)\""
                + "|(?:problems|FieldProblems\\(\\))\\.add\\([^;]*?,\\s*\"([A-Z][A-Z_]+)\""
                + "|(?:new FieldProblem\\(\"[^\"]*\",|fail\\(problems,[^,;]+,)\\s*\"([A-Z][A-Z_]+)\"");
        Pattern action = Pattern.compile("record\\(\\s*\\w+,\\s*\"([A-Z][A-Z_]+)\"|\"(LOGIN_[A-Z]+)\"");
        for (Path source : sources()) {
            String code = Files.readString(source);
            Matcher m = error.matcher(code);
            while (m.find()) {
                errors.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
            Matcher a = action.matcher(code);
            while (a.find()) {
                actions.add(a.group(1) != null ? a.group(1) : a.group(2));
            }
        }
        assertThat(errors).as("error codes found in the code").hasSizeGreaterThan(30);
        for (String code : errors) {
            assertThat(keys).as("message for error %s", code).contains("error." + code);
        }
        assertThat(actions).as("audit actions found in the code").contains("CASE_READ", "LOGIN_FAILED");
        Pattern menu = Pattern.compile("new NavigationItem\\(\"[^\"]*\",\\s*\"([a-z][\\w.]+)\"");
        for (Path source : sources()) {
            Matcher m = menu.matcher(Files.readString(source));
            while (m.find()) {
                assertThat(keys).as("label of menu entry %s", m.group(1)).contains(m.group(1));
            }
        }
        for (String code : actions) {
            assertThat(keys).as("label for audit action %s", code).contains("audit.action." + code);
        }
    }

    @Test
    void no_template_contains_literal_text_for_people_to_read() throws IOException {
        Pattern attributes = Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"[^\"]*\\p{L}");
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            assertThat(attributes.matcher(html).find()).as("literal attribute text in %s", template).isFalse();
            String text = html.replaceAll("(?s)<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", " ").replaceAll("&[a-z]+;", " ");
            assertThat(text).as("literal text in %s", template).doesNotContainPattern("\\p{L}");
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String basename : MessagesConfiguration.basenames()) {
            keys.addAll(load(basename + ".properties").stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
