package os

import (
	"errors"
	"syscall"
)

// The environment and the process's identity (natives).
func setenv(key, value string) (errno int)
func unsetenv(key string)
func environ() []string
func ids() (pid, ppid, uid, euid, gid, egid int)
func hostname() (name string, errno int)

// Setenv sets the value of the environment variable named by the key. It
// returns an error, if any.
func Setenv(key, value string) error {
	if e := setenv(key, value); e != 0 {
		return NewSyscallError("setenv", syscall.Errno(e))
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range environ() {
		for i := 1; i < len(kv); i++ {
			if kv[i] == '=' {
				unsetenv(kv[:i])
				break
			}
		}
	}
}

// Environ returns a copy of strings representing the environment, in the form
// "key=value".
func Environ() []string { return environ() }

// Expand replaces ${var} or $var in the string based on the mapping function.
// For example, os.ExpandEnv(s) is equivalent to os.Expand(s, os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	done := 0 // s[:done] is in buf
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 == len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[done:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name != "":
			buf = append(buf, mapping(name)...)
		case w == 0:
			// a '$' followed by no name stays
			buf = append(buf, '$')
		}
		// (bad syntax, w > 0 with no name, is dropped)
		j += w
		done = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[done:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values of
// the current environment variables. References to undefined variables are
// replaced by the empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// shellName returns the variable name s (which follows a '$') starts with and
// how many bytes it takes: ${name}, a special one-character name ($*, $#, $$,
// $@, $!, $?, $-, $0..$9, also braced), or a run of letters, digits and '_'.
// Bad syntax ("${}", an unclosed "${") gives no name and a nonzero width.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && shellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if shellSpecial(s[0]) {
		return s[:1], 1
	}
	i := 0
	for i < len(s) && (s[i] == '_' || '0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	return s[:i], i
}

func shellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

// Getpid returns the process id of the caller.
func Getpid() int { p, _, _, _, _, _ := ids(); return p }

// Getppid returns the process id of the caller's parent.
func Getppid() int { _, p, _, _, _, _ := ids(); return p }

// Getuid returns the numeric user id of the caller.
func Getuid() int { _, _, u, _, _, _ := ids(); return u }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { _, _, _, u, _, _ := ids(); return u }

// Getgid returns the numeric group id of the caller.
func Getgid() int { _, _, _, _, g, _ := ids(); return g }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { _, _, _, _, _, g := ids(); return g }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, e := hostname()
	if e != 0 {
		return "", NewSyscallError("hostname", syscall.Errno(e))
	}
	return name, nil
}

// UserHomeDir returns the current user's home directory: $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns the default root directory to use for user-specific
// cached data: $XDG_CACHE_HOME, else $HOME/.cache.
func UserCacheDir() (string, error) { return xdgDir("XDG_CACHE_HOME", "/.cache") }

// UserConfigDir returns the default root directory to use for user-specific
// configuration data: $XDG_CONFIG_HOME, else $HOME/.config.
func UserConfigDir() (string, error) { return xdgDir("XDG_CONFIG_HOME", "/.config") }

func xdgDir(env, underHome string) (string, error) {
	dir := Getenv(env)
	if dir == "" {
		home := Getenv("HOME")
		if home == "" {
			return "", errors.New("neither $" + env + " nor $HOME are defined")
		}
		return home + underHome, nil
	}
	if dir[0] != '/' {
		return "", errors.New("path in $" + env + " is relative")
	}
	return dir, nil
}
