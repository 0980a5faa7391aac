package org.komar.referral;

import org.komar.access.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page's note of referrals waiting for the agency's answer. */
@Controller
class ReferralHomeController {

    private final ReferralService referrals;

    ReferralHomeController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/referrals/waiting")
    String waiting(Actor actor, Model model) {
        model.addAttribute("waiting", referrals.waiting(actor));
        return "referral/home :: panel";
    }
}
