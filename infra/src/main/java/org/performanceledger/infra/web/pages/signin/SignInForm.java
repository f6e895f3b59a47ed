package org.performanceledger.infra.web.pages.signin;

import jakarta.validation.constraints.NotBlank;

/**
 * What the sign-in form sends. Spring Security reads the same two parameters ({@code username}, {@code password})
 * to authenticate; this object only redisplays the form and names what is missing when sign-in is refused.
 */
public class SignInForm {

    @NotBlank(message = "Enter your username")
    private String username;

    @NotBlank(message = "Enter your password")
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
