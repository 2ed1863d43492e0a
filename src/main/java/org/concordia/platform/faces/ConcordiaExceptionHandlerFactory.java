package org.concordia.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml; see {@link ConcordiaExceptionHandler}. */
public class ConcordiaExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ConcordiaExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ConcordiaExceptionHandler(getWrapped().getExceptionHandler());
    }
}
