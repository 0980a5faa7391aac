package org.komar.web;

import java.util.Comparator;
import java.util.List;

import org.komar.shared.NavigationItem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The main menu as the signed-in person may use it: {@code ${@navigation.items()}} in the layout. */
@Component("navigation")
public class Navigation {

    private final List<NavigationItem> items;

    Navigation(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public List<NavigationItem> items() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        List<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return items.stream().filter(item -> item.authority() == null || held.contains(item.authority())).toList();
    }
}
