// Package pb looks like generated protocol buffer code: request and
// response messages implementing proto.Message.
package pb

import "google.golang.org/protobuf/reflect/protoreflect"

type ListRequest struct {
	Filter string
	Sort   string
}

func (*ListRequest) ProtoReflect() protoreflect.Message { panic("generated") }

type ListResponse struct{ IDs []int64 }

func (*ListResponse) ProtoReflect() protoreflect.Message { panic("generated") }
