package org.komar.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source over every bundle under {@code i18n/}: each module keeps its own {@code i18n/<module>.properties}
 * (English) and {@code i18n/<module>_km.properties} (Khmer), found here without a central list to edit.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String LOCATION = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
    }

    /** {@code i18n/<name>} for every {@code <name>.properties} without a language suffix. */
    static String[] basenames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(resources).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.contains("_"))
                    .map(name -> "i18n/" + name)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
