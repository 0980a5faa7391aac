package org.komar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/** The modules' periodic work runs in the server, and not where {@code komar.scheduling.enabled} is false. */
class SchedulingConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(SchedulingConfiguration.class);

    @Test
    void scheduling_is_on_unless_turned_off() {
        contexts.run(context -> assertThat(context).hasSingleBean(ScheduledAnnotationBeanPostProcessor.class));
        contexts.withPropertyValues("komar.scheduling.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(ScheduledAnnotationBeanPostProcessor.class));
        contexts.withPropertyValues("komar.scheduling.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ScheduledAnnotationBeanPostProcessor.class));
    }

    /**
     * An auto-configuration on the class path that turns scheduling on by itself (Spring Modulith's Moments does,
     * unless told not to) would make the switch above do nothing: with Komar's own settings, none may.
     */
    @Test
    void no_auto_configuration_turns_scheduling_back_on_with_komars_settings() {
        ClassLoader loader = getClass().getClassLoader();
        List<Class<?>> scheduling = StreamSupport.stream(
                        ImportCandidates.load(AutoConfiguration.class, loader).spliterator(), false)
                .<Class<?>>map(name -> load(name, loader)).filter(type -> type != null)
                .filter(type -> type.isAnnotationPresent(EnableScheduling.class)).toList();
        assertThat(scheduling).extracting(Class::getSimpleName).as("the ones known when this was written")
                .contains("MomentsAutoConfiguration");

        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(scheduling.toArray(Class<?>[]::new)))
                .withUserConfiguration(SchedulingConfiguration.class)
                .withPropertyValues("komar.scheduling.enabled=false")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(ScheduledAnnotationBeanPostProcessor.class));
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // an optional auto-configuration whose library is absent
        }
    }
}
