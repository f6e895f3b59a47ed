package org.performanceledger.infra.web.pages.signin;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in page. Spring Security handles the form's POST to {@code /sign-in} (see WebSecurityConfiguration);
 * when it refuses, it forwards the same request here, and the page names each empty field, or says the username
 * and password do not match, without saying which of the two was wrong.
 */
@Controller
class SignInController {

    static final String VIEW = "signin/signIn";

    /** A council identity provider offered beside the form: where its sign-in starts, and its name. */
    record IdentityProvider(String path, String name) {
    }

    private final List<IdentityProvider> identityProviders = new ArrayList<>();

    SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            for (Object registration : configured) {
                ClientRegistration client = (ClientRegistration) registration;
                identityProviders.add(new IdentityProvider("/oauth2/authorization/" + client.getRegistrationId(),
                        client.getClientName()));
            }
        }
    }

    @ModelAttribute("identityProviders")
    List<IdentityProvider> identityProviders() {
        return identityProviders;
    }

    @GetMapping("/sign-in")
    String signIn(@ModelAttribute SignInForm signInForm) {
        return VIEW;
    }

    @PostMapping("/sign-in/refused")
    String refused(@Valid @ModelAttribute SignInForm signInForm, BindingResult result) {
        if (!result.hasErrors()) {
            result.rejectValue("username", "signIn.refused", "Enter a correct username and password");
        }
        // A password is never sent back to the browser, right or wrong.
        signInForm.setPassword(null);
        return VIEW;
    }
}
