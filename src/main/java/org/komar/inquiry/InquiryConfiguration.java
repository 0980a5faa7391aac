package org.komar.inquiry;

import org.komar.shared.CasePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The social inquiry report's section of the case page, after the safeguards and before diversion. */
@Configuration(proxyBeanMethods = false)
class InquiryConfiguration {

    @Bean
    CasePanel socialInquiryPanel() {
        return new CasePanel("social-inquiry", "/cases/{id}/panels/social-inquiry", 20);
    }
}
