/* main.c -- the tocsin program: one subcommand per file. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static void usage(FILE *out)
{
    fputs("usage: tocsin <command> [options] [FILE|-]...\n"
          "\n"
          "tocsin reads news articles and codes them into CAMEO political events:\n"
          "who did what to whom, when, with the sentence that proves it.\n"
          "\n"
          "commands:\n"
          "  code    code articles and print one event per line (JSON Lines or TSV)\n"
          "  demo    code the bundled sample articles and print a readable summary\n"
          "  test    run case files (sentence, '.', expected events) and report\n"
          "  test-suite  score a PETRARCH validation suite (JSONL) with --dict DIR\n"
          "\n"
          "  tocsin <command> --help    options of one command\n"
          "  tocsin --version           version and what the coder loaded\n"
          "\n"
          "exit status: 0 ok; 1 some inputs were rejected (named on stderr as\n"
          "file:line: reason; the rest were processed); 2 usage error or an\n"
          "unusable dictionary.\n",
          out);
}

static int version(void)
{
    printf("tocsin %s\n", TOCSIN_VERSION_STRING);
    tocsin_coder *c = cli_coder(NULL, NULL);
    if (!c) return 2;
    tocsin_coder_stats st;
    tocsin_coder_stats_get(c, &st);
    printf("built-in knowledge: %zu actor phrases, %zu agent phrases, %zu verb patterns, %zu CAMEO codes\n",
           st.actor_phrases, st.agent_phrases, st.verb_patterns, st.cameo_codes);
    tocsin_coder_free(c);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) return version();
    if (strcmp(cmd, "code") == 0) return cmd_code(argc - 1, argv + 1);
    if (strcmp(cmd, "demo") == 0) return cmd_demo(argc - 1, argv + 1);
    if (strcmp(cmd, "test") == 0) return cmd_test(argc - 1, argv + 1);
    if (strcmp(cmd, "test-suite") == 0) return cmd_test_suite(argc - 1, argv + 1);
    fprintf(stderr, "tocsin: unknown command '%s'\n", cmd);
    usage(stderr);
    return 2;
}
