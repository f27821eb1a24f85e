package app.casebook.account;

import app.casebook.base.Times;
import app.casebook.security.CasebookUser;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a person for the login form. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountRepository.Credentials c = accounts.findCredentials(AccountService.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        boolean locked = c.lockedUntil() != null && c.lockedUntil().isAfter(Times.now(clock));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + c.siteRole().name()));
        return new CasebookUser(c.id(), c.email(), c.displayName(), c.passwordHash(), c.enabled(), !locked,
                authorities, c.sessionEpoch(), c.mustChangePassword());
    }
}
