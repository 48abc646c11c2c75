// Default sanitizer options of the fuzz targets, so that running one by hand behaves as under
// `make fuzz`: undefined behaviour stops the run with a stack (libFuzzer then saves the input),
// except for the third-party findings listed in ubsan.supp.
extern "C" const char* __ubsan_default_options() {
  return "halt_on_error=1:print_stacktrace=1:suppressions=" PARLEY_UBSAN_SUPPRESSIONS;
}
