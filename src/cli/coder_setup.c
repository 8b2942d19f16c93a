/* coder_setup.c -- make a coder for a subcommand, reporting failures. */
#include <stdlib.h>

#include "cli/cli.h"

tocsin_coder *cli_coder(const char *const *dicts, const char *const *add_dicts)
{
    tocsin_config cfg = {.dict_dirs = dicts, .add_dict_dirs = add_dicts};
    tocsin_error err;
    tocsin_coder *c = tocsin_coder_new(&cfg, &err);
    if (!c) {
        if (err.line) fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.msg);
        else if (err.file[0]) fprintf(stderr, "%s: %s\n", err.file, err.msg);
        else fprintf(stderr, "tocsin: %s\n", err.msg);
    }
    return c;
}

const char *cli_samples_dir(void)
{
    const char *e = getenv("TOCSIN_SAMPLES");
    return e && *e ? e : TOCSIN_SAMPLES_DIR;
}
