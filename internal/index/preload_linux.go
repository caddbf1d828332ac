package index

import "golang.org/x/sys/unix"

// populate asks the kernel to map a file mapping's pages before they are
// read; kernels before 5.14 answer EINVAL, and the reads map them anyway.
func populate(data []byte) {
	if len(data) > 0 {
		_ = unix.Madvise(data, unix.MADV_POPULATE_READ)
	}
}
