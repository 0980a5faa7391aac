package org.komar.access;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.shared.KomarException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class TokenController {

    record TokenRequest(String username, String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    TokenController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/auth/token")
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Exchange a username and password for an expiring bearer token")
    TokenResponse token(@RequestBody TokenRequest request) {
        if (request == null || request.username() == null || request.password() == null) {
            throw KomarException.invalid("CREDENTIALS_REQUIRED");
        }
        try {
            var authenticated = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
            KomarPrincipal principal = (KomarPrincipal) authenticated.getPrincipal();
            ApiTokens.Issued issued = tokens.issue(principal.actor().userId());
            return new TokenResponse(issued.token(), issued.expiresAt());
        } catch (LockedException locked) {
            throw new KomarException(401, "ACCOUNT_LOCKED");
        } catch (AuthenticationException failed) {
            throw new KomarException(401, "BAD_CREDENTIALS");
        }
    }
}
