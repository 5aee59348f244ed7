#!/usr/bin/env python3
"""Man pages and bash completion generated from the programs' own --help (build step).

    cli_docs.py cli --program aifp-cli --template docs/man/aifp-cli.1.in --version V --date D \
                    --man OUT.1 --completion OUT.bash
    cli_docs.py gui --program aifp --template docs/man/aifp.1.in --version V --date D --man OUT.1

The templates hold the hand-written parts (description, exit status, files, environment,
examples); @COMMANDS@ / @OPTIONS@ are filled with every command and option the built program
lists, so the pages and the completion cannot drift from the program. The programs run in the
C locale with no display (aifp --help needs none).
"""
import argparse
import os
import re
import subprocess
import sys


def run_help(program, args):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "LANG": "C",
           "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([program] + args, env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    if done.returncode != 0:
        sys.exit(f"{program} {' '.join(args)}: exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def roff(text):
    """Escapes text for a roff line: backslashes, hyphens of options, leading dots/quotes."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


# A value name, not the first word of the help: starting upper case (FILE, MW, OUT.xml,
# CLASS[=DATE]) or a choice (text|json).
VALUE_NAME = re.compile(r"^(?:[A-Z0-9][A-Za-z0-9_.=+\[\]-]*|\S*\|\S*)$")
# A fixed choice in a usage line: --format text|json|csv.
USAGE_CHOICE = re.compile(r"--([A-Za-z0-9-]+)[ =]([A-Za-z0-9+/._-]+(?:\|[A-Za-z0-9+/._-]+)+)")


def parse_cli_option(line):
    """'  --name VALUE    help' -> (name, value or '', help)."""
    m = re.match(r"^  --([A-Za-z0-9][A-Za-z0-9-]*)(.*)$", line)
    if not m:
        return None
    name, rest = m.group(1), m.group(2)
    value = ""
    # Help starts at column 26 after padding; a left side of 23 or more characters is
    # followed by one space only, and then the value name is told from the help by its form.
    padded = re.match(r"^ (\S+)\s{2,}(.*)$", rest)
    tight = re.match(r"^ (\S+) (\S.*)$", rest)
    bare = re.match(r"^\s+(.*)$", rest)
    if padded:
        value, help_text = padded.group(1), padded.group(2)
    elif tight and VALUE_NAME.match(tight.group(1)):
        value, help_text = tight.group(1), tight.group(2)
    elif bare:
        help_text = bare.group(1)
    else:
        help_text = ""
    return name, value, help_text.strip()


def parse_command_help(text):
    """The sections of 'aifp-cli COMMAND --help' (cli/Command.cpp printCommandHelp)."""
    lines = text.rstrip("\n").split("\n")
    if not lines or not lines[0].startswith("Usage: "):
        sys.exit("unexpected command help: " + (lines[0] if lines else "(empty)"))
    usage = lines[0][len("Usage: "):]
    body, options = [], []
    in_options = False
    for line in lines[1:]:
        if line == "Options:":
            in_options = True
            continue
        if in_options or line.startswith("  --help"):
            parsed = parse_cli_option(line)
            if parsed and parsed[0] != "help":
                options.append(parsed)
            continue
        body.append(line)
    paragraphs, current = [], []
    for line in body:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return usage, paragraphs, options


def parse_tool_help(text):
    """Command names and summaries of 'aifp-cli --help'."""
    commands, in_commands = [], False
    for line in text.split("\n"):
        if line.strip() == "Commands:":
            in_commands = True
            continue
        if in_commands:
            m = re.match(r"^  (\S+)\s+(.*)$", line)
            if not m:
                break
            commands.append((m.group(1), m.group(2)))
    if not commands:
        sys.exit("no commands found in aifp-cli --help")
    return commands


def paragraph_roff(lines):
    """A help paragraph: indented lines (lists, tables) keep their layout, prose is filled."""
    if any(line.startswith("  ") for line in lines):
        return ".nf\n" + "\n".join(roff(line) for line in lines) + "\n.fi"
    return "\n".join(roff(line.strip()) for line in lines)


def cli_commands_section(program):
    commands = parse_tool_help(run_help(program, ["--help"]))
    out, described = [], []
    for name, summary in commands:
        usage, paragraphs, options = parse_command_help(run_help(program, [name, "--help"]))
        described.append((name, usage, options))
        out.append(".SS " + roff(name))
        out.append(".PP\n\\fB" + roff(usage) + "\\fR")
        for para in paragraphs:
            out.append(".PP\n" + paragraph_roff(para))
        for opt, value, help_text in options:
            head = "\\fB\\-\\-" + roff(opt) + "\\fR" + (" \\fI" + roff(value) + "\\fR" if value else "")
            out.append(".TP\n" + head + "\n" + roff(help_text))
        out.append(".TP\n\\fB\\-\\-help\\fR\nthis command's help")
    return "\n".join(out), commands, described


def bash_word_list(words):
    return " ".join(sorted(set(words)))


def completion_script(commands, described):
    """Static completion for bash: commands, each command's options and fixed choices."""
    case_options, case_values, case_positional = [], [], []
    for name, usage, options in described:
        words = ["--" + o for o, _, _ in options] + ["--help"]
        usage_choices = {m.group(1): m.group(2) for m in USAGE_CHOICE.finditer(usage)}
        case_options.append(f"    {name}) opts='{bash_word_list(words)}' ;;")
        for opt, value, _ in options:
            spelled = usage_choices.get(opt, value)
            choices = [c for c in spelled.split("|") if c] if "|" in spelled else []
            if re.match(r"^[a-z][a-z0-9-]*$", spelled):  # one fixed word: --format json
                choices = [spelled]
            if choices and all(re.match(r"^[A-Za-z0-9+/._-]+$", c) for c in choices):
                case_values.append(f"    {name}:--{opt}) words='{bash_word_list(choices)}' ;;")
            elif re.search(r"FILE|PATH|OUT|DIR|\.[a-z]+$", value):
                case_values.append(f"    {name}:--{opt}) words=FILE ;;")
            elif value:
                case_values.append(f"    {name}:--{opt}) words=NONE ;;")  # a number, an id
        # A first positional made of fixed words (climate list|show).
        first = usage.split()[2] if len(usage.split()) > 2 else ""
        if "|" in first and not first.startswith(("-", "[", "(")):
            choices = first.split("|")
            case_positional.append(f"    {name}) words='{bash_word_list(choices)}' ;;")
    names = bash_word_list([n for n, _ in commands])
    return f"""# bash completion for aifp-cli (AI Factory Planner), generated from aifp-cli --help by
# packaging/cli_docs.py: every command, its options and their fixed choices; files elsewhere.
_aifp_cli() {{
  local cur prev cmd i positional=0 opts words
  cur="${{COMP_WORDS[COMP_CWORD]}}"
  prev=""
  [ "$COMP_CWORD" -gt 0 ] && prev="${{COMP_WORDS[COMP_CWORD-1]}}"
  if [ "$COMP_CWORD" -le 1 ]; then
    COMPREPLY=($(compgen -W '{names} --help --version' -- "$cur"))
    return 0
  fi
  cmd="${{COMP_WORDS[1]}}"
  words=""
  if [[ "$prev" == --* ]]; then
    case "$cmd:$prev" in
{chr(10).join(case_values)}
    esac
  fi
  if [ "$words" = FILE ]; then
    COMPREPLY=($(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
    return 0
  elif [ "$words" = NONE ]; then
    COMPREPLY=()
    return 0
  elif [ -n "$words" ]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
    return 0
  fi
  if [[ "$cur" == -* ]]; then
    opts=""
    case "$cmd" in
{chr(10).join(case_options)}
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return 0
  fi
  for ((i = 2; i < COMP_CWORD; i++)); do
    [[ "${{COMP_WORDS[i]}}" != -* ]] && positional=$((positional + 1))
  done
  if [ "$positional" -eq 0 ]; then
    case "$cmd" in
{chr(10).join(case_positional)}
    esac
    if [ -n "$words" ]; then
      COMPREPLY=($(compgen -W "$words" -- "$cur"))
      return 0
    fi
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
  compopt -o filenames 2>/dev/null
  return 0
}}
complete -F _aifp_cli aifp-cli
"""


def parse_qt_help(text):
    """QCommandLineParser's help: options (with wrapped descriptions) and arguments."""
    options, arguments, section, current = [], [], None, None
    for line in text.split("\n"):
        if line.strip() == "Options:":
            section = options
            continue
        if line.strip() == "Arguments:":
            section = arguments
            continue
        if section is None or not line.strip():
            continue
        m = re.match(r"^  (\S.*?)\s{2,}(\S.*)$", line)
        if m and not line.startswith("   "):
            current = [m.group(1), m.group(2)]
            section.append(current)
        elif current is not None and line.startswith("   "):
            current[1] += " " + line.strip()
    if not options:
        sys.exit("no options found in aifp --help")
    return options, arguments


def gui_options_section(program):
    options, arguments = parse_qt_help(run_help(program, ["--help"]))
    out = []
    for lhs, help_text in options:
        lhs = re.sub(r"<([^>]+)>", lambda m: "\\fI" + m.group(1) + "\\fR", roff(lhs))
        lhs = re.sub(r"(\\-\\?-[A-Za-z0-9?-]+|\\-[A-Za-z?])", lambda m: "\\fB" + m.group(1) + "\\fR", lhs)
        out.append(".TP\n" + lhs + "\n" + roff(help_text))
    for name, help_text in arguments:
        out.append(".TP\n\\fI" + roff(name.upper()) + "\\fR\n" + roff(help_text))
    return "\n".join(out)


def fill(template_path, replacements):
    with open(template_path, encoding="utf-8") as f:
        text = f.read()
    for key, value in replacements.items():
        text = text.replace("@" + key + "@", value)
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        sys.exit(f"{template_path}: unfilled placeholders {left}")
    return text


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("which", choices=["cli", "gui"])
    ap.add_argument("--program", required=True)
    ap.add_argument("--template", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--date", required=True)
    ap.add_argument("--man", required=True)
    ap.add_argument("--completion")
    a = ap.parse_args()
    common = {"VERSION": a.version, "DATE": a.date}
    if a.which == "cli":
        section, commands, described = cli_commands_section(a.program)
        write(a.man, fill(a.template, dict(common, COMMANDS=section)))
        if a.completion:
            write(a.completion, completion_script(commands, described))
    else:
        write(a.man, fill(a.template, dict(common, OPTIONS=gui_options_section(a.program))))


if __name__ == "__main__":
    main()
