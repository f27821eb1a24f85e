package app.casebook.account;

import app.casebook.base.Times;
import app.casebook.db.tables.records.AccountRecord;
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
        AccountRecord r = accounts.findRecordByEmail(AccountService.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        boolean locked = r.getLockedUntil() != null && r.getLockedUntil().isAfter(Times.now(clock));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + r.getSiteRole()));
        return new CasebookUser(r.getId(), r.getEmail(), r.getDisplayName(), r.getPasswordHash(), r.getEnabled(),
                !locked, authorities);
    }
}
