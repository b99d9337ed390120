#!/bin/bash

__toggl-tui_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__toggl-tui_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__toggl-tui_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__toggl-tui_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_toggl-tui() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    tui|start|stop|continue|now|add|edit|rm|ls|sum|gaps|goals|status|remind|clients|projects|tags|tasks|workspaces|users|workspace-users|project-users|me|quota|config|logout|doctor|help)
        # Offer subcommand argument completions
        "_toggl-tui_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'tui start stop continue now add edit rm ls sum gaps goals status remind clients projects tags tasks workspaces users workspace-users project-users me quota config logout doctor help' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_tui() {
    repeating_flags=()
    non_repeating_flags=(--demo --reset-demo --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_start() {
    repeating_flags=()
    non_repeating_flags=(--billable -b --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --tags -t --task --workspace -w --at --demo-data)
    __toggl-tui_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--tags'|'-t')
        return
        ;;
    '--task')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--at')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_stop() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--at --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--at')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_continue() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--at --demo-data)
    __toggl-tui_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--at')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_now() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--description -d --project -p --tags -t --start -s --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--description'|'-d')
        return
        ;;
    '--project'|'-p')
        return
        ;;
    '--tags'|'-t')
        return
        ;;
    '--start'|'-s')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_add() {
    repeating_flags=()
    non_repeating_flags=(--billable -b --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --tags -t --task --workspace -w --demo-data)
    __toggl-tui_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--tags'|'-t')
        return
        ;;
    '--task')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_edit() {
    repeating_flags=()
    non_repeating_flags=(--billable --no-billable --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--description -d --project -p --tags -t --task --workspace -w --start -s -e --stop --duration --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--description'|'-d')
        return
        ;;
    '--project'|'-p')
        return
        ;;
    '--tags'|'-t')
        return
        ;;
    '--task')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--start'|'-s')
        return
        ;;
    '-e'|'--stop')
        return
        ;;
    '--duration')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_rm() {
    repeating_flags=()
    non_repeating_flags=(--yes -y --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_ls() {
    repeating_flags=()
    non_repeating_flags=(--today --week --refresh --csv --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--since --until -n --count --project -p --tag -t --fields --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '-n'|'--count')
        return
        ;;
    '--project'|'-p')
        return
        ;;
    '--tag'|'-t')
        return
        ;;
    '--fields')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_sum() {
    repeating_flags=()
    non_repeating_flags=(--today --week --refresh --billable --csv --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--since --until --by --round --round-mode --round-per --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--by')
        return
        ;;
    '--round')
        return
        ;;
    '--round-mode')
        __toggl-tui_add_completions -W 'nearest'$'\n''up'$'\n''down'
        return
        ;;
    '--round-per')
        __toggl-tui_add_completions -W 'entry'$'\n''group'
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_gaps() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls|fill)
        # Offer subcommand argument completions
        "_toggl-tui_gaps_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls fill' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_gaps_ls() {
    repeating_flags=()
    non_repeating_flags=(--today --week --refresh --csv --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--since --until --min --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--min')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_gaps_fill() {
    repeating_flags=()
    non_repeating_flags=(--billable -b --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --tags -t --task --workspace -w --demo-data)
    __toggl-tui_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--tags'|'-t')
        return
        ;;
    '--task')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_goals() {
    repeating_flags=()
    non_repeating_flags=(--refresh --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_status() {
    repeating_flags=()
    non_repeating_flags=(--refresh --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--format --idle-format --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--format')
        return
        ;;
    '--idle-format')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_remind() {
    repeating_flags=()
    non_repeating_flags=(--print --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_clients() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls|get|add|update|rm|archive|restore)
        # Offer subcommand argument completions
        "_toggl-tui_clients_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls get add update rm archive restore' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_clients_ls() {
    repeating_flags=()
    non_repeating_flags=(--archived --all --refresh --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_clients_get() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_clients_add() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--notes --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--notes')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_clients_update() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--name --notes --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--notes')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_clients_rm() {
    repeating_flags=()
    non_repeating_flags=(--yes -y --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_clients_archive() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_clients_restore() {
    repeating_flags=()
    non_repeating_flags=(--all-projects --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_projects() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls|get|add|update|rm)
        # Offer subcommand argument completions
        "_toggl-tui_projects_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls get add update rm' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_projects_ls() {
    repeating_flags=()
    non_repeating_flags=(--archived --all --refresh --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--client -c --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--client'|'-c')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_projects_get() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_projects_add() {
    repeating_flags=()
    non_repeating_flags=(--billable --private --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--client -c --color --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--client'|'-c')
        return
        ;;
    '--color')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_projects_update() {
    repeating_flags=()
    non_repeating_flags=(--active --no-active --billable --no-billable --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--name --client -c --color --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--client'|'-c')
        return
        ;;
    '--color')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_projects_rm() {
    repeating_flags=()
    non_repeating_flags=(--yes -y --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tags() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls|add|update|rm)
        # Offer subcommand argument completions
        "_toggl-tui_tags_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls add update rm' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_tags_ls() {
    repeating_flags=()
    non_repeating_flags=(--refresh --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tags_add() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tags_update() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--name --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tags_rm() {
    repeating_flags=()
    non_repeating_flags=(--yes -y --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tasks() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls|get|add|update|rm)
        # Offer subcommand argument completions
        "_toggl-tui_tasks_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls get add update rm' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_tasks_ls() {
    repeating_flags=()
    non_repeating_flags=(--refresh --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tasks_get() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tasks_add() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tasks_update() {
    repeating_flags=()
    non_repeating_flags=(--done --no-done --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --name --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--name')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_tasks_rm() {
    repeating_flags=()
    non_repeating_flags=(--yes -y --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_workspaces() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls|get)
        # Offer subcommand argument completions
        "_toggl-tui_workspaces_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls get' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_workspaces_ls() {
    repeating_flags=()
    non_repeating_flags=(--show-secrets --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_workspaces_get() {
    repeating_flags=()
    non_repeating_flags=(--show-secrets --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_users() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls)
        # Offer subcommand argument completions
        "_toggl-tui_users_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_users_ls() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_workspace-users() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls)
        # Offer subcommand argument completions
        "_toggl-tui_workspace-users_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_workspace-users_ls() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_project-users() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ls|add|update|rm)
        # Offer subcommand argument completions
        "_toggl-tui_project-users_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ls add update rm' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_project-users_ls() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_project-users_add() {
    repeating_flags=()
    non_repeating_flags=(--manager --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--project -p --rate --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--project'|'-p')
        return
        ;;
    '--rate')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_project-users_update() {
    repeating_flags=()
    non_repeating_flags=(--manager --no-manager --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--rate --workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--rate')
        return
        ;;
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_project-users_rm() {
    repeating_flags=()
    non_repeating_flags=(--yes -y --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--workspace -w --demo-data)
    __toggl-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--workspace'|'-w')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_me() {
    repeating_flags=()
    non_repeating_flags=(--show-secrets --refresh --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_quota() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_config() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    path|init|set)
        # Offer subcommand argument completions
        "_toggl-tui_config_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'path init set' -- "${cur}"))
        ;;
    esac
}

_toggl-tui_config_path() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_config_init() {
    repeating_flags=()
    non_repeating_flags=(--force --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--token --demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--token')
        return
        ;;
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_config_set() {
    repeating_flags=()
    non_repeating_flags=(--demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_logout() {
    repeating_flags=()
    non_repeating_flags=(--yes -y --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_doctor() {
    repeating_flags=()
    non_repeating_flags=(--live -y --yes --demo --json -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--demo-data)
    __toggl-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--demo-data')
        return
        ;;
    esac
}

_toggl-tui_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __toggl-tui_offer_flags_options -1
}

complete -o filenames -F _toggl-tui toggl-tui
