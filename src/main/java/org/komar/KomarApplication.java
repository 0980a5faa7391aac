package org.komar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KomarApplication {
    public static void main(String[] args) {
        SpringApplication.run(KomarApplication.class, args);
    }
}
