/*
 * TEST HARNESS ONLY: never shipped, never in a package.
 *
 * A stand-in bcryptprimitives.dll for Debian 12's Wine 8, so that
 * `make smoke-windows` can run the real koryo.exe. Since Go 1.22 the Go
 * runtime on Windows loads bcryptprimitives.dll from System32 at start-up and
 * gets its random numbers from ProcessPrng; Wine 8 has no ProcessPrng (Wine 9
 * added it), so every Go >= 1.22 exe dies before main. Windows 10 and 11
 * have the real one, so the shipped exe needs nothing of this.
 *
 * ProcessPrng(data, len) fills data with len random bytes and always returns
 * TRUE. Here it is RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 * scripts/smoke-windows.sh builds it with mingw-w64 and copies it into the
 * throw-away Wine prefix's system32, with WINEDLLOVERRIDES so Wine loads it
 * instead of its own builtin stub.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE dll, DWORD reason, LPVOID reserved)
{
    (void)dll;
    (void)reason;
    (void)reserved;
    return TRUE;
}
