package org.komar;

import org.komar.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KomarApplication {
    public static void main(String[] args) {
        if (args.length > 0 && BackupCommand.NAMES.contains(args[0])) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(KomarApplication.class, args);
    }
}
