package org.komar;

import org.komar.backup.BackupCommand;
import org.komar.exchange.ExchangeCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KomarApplication {
    public static void main(String[] args) {
        if (args.length > 0 && BackupCommand.NAMES.contains(args[0])) {
            System.exit(BackupCommand.run(args));
        }
        if (args.length > 0 && ExchangeCommand.NAMES.contains(args[0])) {
            System.exit(ExchangeCommand.run(args, KomarApplication.class));
        }
        SpringApplication.run(KomarApplication.class, args);
    }
}
