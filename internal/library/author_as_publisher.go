package library

import "fmt"

// authorAsPublisher cites a page's post by its author when the page names
// a person who wrote it and no body that published it: a post on a
// blogging platform (Medium, a personal blog) is cited by its author, as
// Harvard cites a blog post, the author standing as its publisher. The
// import says so, and --publisher names another. Before, such a post was
// refused: "could not tell who published it from the file".
func (im *Imported) authorAsPublisher() {
	if im.Source.Publisher != "" || !isPersonName(im.Source.Author) {
		return
	}
	im.Source.Publisher = im.Source.Author
	im.Guessed = append(im.Guessed, "publisher (the post's author)")
	im.Warnings = append(im.Warnings, fmt.Sprintf("publisher: the page names no body that published it, so its author, %s, stands as its publisher (a person's post is cited by its author): pass --publisher \"NAME\" to name another", im.Source.Author))
}
